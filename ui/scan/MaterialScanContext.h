#pragma once

#include <QByteArray>
#include <QString>

namespace halldesk {

// What the scan dialog needs to know about the one material of the checklist it scans.
struct MaterialScanContext
{
    QString materialCode;
    QString materialName; // as the catalogue names it, shown to the clerk
    int pagesWanted = 0;  // from the catalogue; 0 when it does not say
    // Exists; the sealed page files are written here and stay there after the dialog.
    QString workingDirectory;
    QString outputPath; // the sealed PDF of the material
    QByteArray fileKey; // PersonalDataCipher::fileKey(...): seals the pages and the PDF
    // The material's kept scan (a sealed PDF that a scan view saved), or empty: the view opens
    // with its pages, and saving writes a new PDF to outputPath; this file is only read.
    QString existingPdfPath;
};

} // namespace halldesk
