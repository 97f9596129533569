#pragma once

#include "printer.h"

namespace linli::printing {

// Writes each receipt as a PNG (receipt-<UTC time>.png) into a directory: tests and trying
// the layout without paper.
class FilePrinter : public Printer {
    Q_OBJECT
public:
    explicit FilePrinter(QString directory, QObject *parent = nullptr);
    QString lastFile() const { return m_lastFile; }

protected:
    void start(const QImage &receipt) override;

private:
    QString m_directory;
    QString m_lastFile;
};

} // namespace linli::printing
