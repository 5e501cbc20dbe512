# The page pipeline (crop, deskew, colour mode), page compression and the material PDF with its
# digest; included from CMakeLists.txt.
target_sources(halldesk_scan PRIVATE
    PageAnalysis.cpp PageAnalysis.h
    PageProcessor.cpp PageProcessor.h
    PageEncoder.cpp PageEncoder.h
    ImagePdfWriter.cpp ImagePdfWriter.h
    ImagePdfReader.cpp ImagePdfReader.h
    MaterialDigest.cpp MaterialDigest.h
)
# The pages of one material while the clerk works on them: sealed page files, thumbnails, the PDF.
target_sources(halldesk_scan PRIVATE
    MaterialPage.h
    MaterialPageWorker.cpp MaterialPageWorker.h
    MaterialPageSet.cpp MaterialPageSet.h
)
