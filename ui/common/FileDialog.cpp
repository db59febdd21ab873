#include "common/FileDialog.h"

#include <QFileDialog>

namespace steward {

QString FileDialog::s_next;
bool FileDialog::s_hasNext = false;

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_next;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption, const QString& folder)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_next;
    }
    return QFileDialog::getExistingDirectory(parent, caption, folder);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& fileName,
                                    const QString& filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_next;
    }
    return QFileDialog::getSaveFileName(parent, caption, fileName, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    s_next = fileName;
    s_hasNext = true;
}

} // namespace steward
