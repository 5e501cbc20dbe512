# The page pipeline (crop, deskew, colour mode), page compression and the material PDF with its
# digest; included from CMakeLists.txt.
target_sources(halldesk_scan PRIVATE
    PageAnalysis.cpp PageAnalysis.h
    PageProcessor.cpp PageProcessor.h
    PageEncoder.cpp PageEncoder.h
    ImagePdfWriter.cpp ImagePdfWriter.h
    MaterialDigest.cpp MaterialDigest.h
)
