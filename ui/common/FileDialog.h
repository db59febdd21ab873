#pragma once

#include <QString>

class QWidget;

namespace steward {

// File dialogs with a seam for tests: setNextFileName() answers the next call without showing a dialog.
class FileDialog {
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter);
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& folder);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& fileName,
                                   const QString& filter);
    // Answers the next getOpenFileName, getSaveFileName or getExistingDirectory.
    static void setNextFileName(const QString& fileName);

private:
    static QString s_next;
    static bool s_hasNext;
};

} // namespace steward
