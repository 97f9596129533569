// golden_compare — a screenshot against its checked-in reference (README.md, "Golden images").
//   golden_compare [--fuzz N] [--max-pixels N] [--failures DIR] REFERENCE ACTUAL
//       exit 0: within the tolerance; 1: different (or no reference): DIR/<name>-actual.png and
//       DIR/<name>-diff.png are written, <name> being ACTUAL's file name without .png; 2: usage.
//   golden_compare --update [--fuzz N] [--max-pixels N] REFERENCE ACTUAL
//       makes ACTUAL the reference unless the two already match (so a refresh leaves unchanged
//       screens byte for byte as they were).
#include "image_compare.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QStringList>

namespace {

int usage()
{
    std::fputs(
        "usage: golden_compare [--update] [--fuzz N] [--max-pixels N] [--failures DIR] REFERENCE ACTUAL\n",
        stderr);
    return 2;
}

QString describe(const linli::golden::Comparison &c, const linli::golden::Tolerance &t)
{
    QString text = QStringLiteral("%1 pixels differ by more than %2/255 (at most %3 may)")
                       .arg(c.differingPixels)
                       .arg(t.fuzz)
                       .arg(t.maxPixels);
    if (c.differingPixels > 0)
        text += QStringLiteral(", within x %1..%2 y %3..%4")
                    .arg(c.bounds.left())
                    .arg(c.bounds.right())
                    .arg(c.bounds.top())
                    .arg(c.bounds.bottom());
    if (c.noisyPixels > 0)
        text += QStringLiteral("; %1 more changed within the fuzz").arg(c.noisyPixels);
    return text;
}

// References are stored small: opaque screens without an alpha channel, at PNG's best compression.
bool saveReference(const QImage &image, const QString &file)
{
    QImage stored = image.convertToFormat(QImage::Format_ARGB32);
    bool opaque = true;
    for (int y = 0; y < stored.height() && opaque; ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(stored.constScanLine(y));
        opaque = std::all_of(row, row + stored.width(), [](QRgb pixel) { return qAlpha(pixel) == 255; });
    }
    if (opaque)
        stored = stored.convertToFormat(QImage::Format_RGB32);
    return stored.save(file, "PNG", 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QImage reads and writes PNG without a window system
    QStringList args = app.arguments().mid(1);
    linli::golden::Tolerance tolerance;
    QString failures = QStringLiteral(".");
    bool update = false;
    QStringList files;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        bool ok = true;
        if (arg == u"--update")
            update = true;
        else if (arg == u"--fuzz" && !args.isEmpty())
            tolerance.fuzz = args.takeFirst().toInt(&ok);
        else if (arg == u"--max-pixels" && !args.isEmpty())
            tolerance.maxPixels = args.takeFirst().toLongLong(&ok);
        else if (arg == u"--failures" && !args.isEmpty())
            failures = args.takeFirst();
        else if (arg.startsWith(u"--"))
            return usage();
        else
            files << arg;
        if (!ok)
            return usage();
    }
    if (files.size() != 2)
        return usage();
    const QString referenceFile = files[0], actualFile = files[1];
    const QString name = QFileInfo(actualFile).fileName().chopped(QFileInfo(actualFile).suffix().size() + 1);
    const QImage actual(actualFile);
    if (actual.isNull()) {
        std::fprintf(
            stderr, "golden %s: cannot read the screenshot %s\n", qPrintable(name), qPrintable(actualFile));
        return 2;
    }
    const QImage reference = QFileInfo::exists(referenceFile) ? QImage(referenceFile) : QImage();
    const linli::golden::Comparison result = linli::golden::compareImages(reference, actual, tolerance);

    if (update) {
        if (result.sameSize && result.differingPixels == 0) {
            std::printf("golden %s: unchanged\n", qPrintable(name));
            return 0;
        }
        if (!saveReference(actual, referenceFile)) {
            std::fprintf(stderr, "golden %s: cannot write %s\n", qPrintable(name), qPrintable(referenceFile));
            return 2;
        }
        std::printf("golden %s: %s\n", qPrintable(name),
            reference.isNull() ? "new reference"
                               : qPrintable(QStringLiteral("updated, %1").arg(describe(result, tolerance))));
        return 0;
    }

    QDir().mkpath(failures);
    const QString actualCopy = QDir(failures).filePath(name + QStringLiteral("-actual.png"));
    const QString diffFile = QDir(failures).filePath(name + QStringLiteral("-diff.png"));
    QFile::remove(actualCopy); // left from an earlier failure
    QFile::remove(diffFile);
    if (result.matches) {
        std::printf("golden %s: matches (%s)\n", qPrintable(name), qPrintable(describe(result, tolerance)));
        return 0;
    }
    QFile::copy(actualFile, actualCopy);
    if (reference.isNull()) {
        std::fprintf(stderr,
            "golden %s: FAILED: no reference %s (a new screen? tests/golden/refresh.sh adds it)\n"
            "  actual: %s\n",
            qPrintable(name), qPrintable(referenceFile), qPrintable(actualCopy));
        return 1;
    }
    linli::golden::diffImage(reference, actual, tolerance).save(diffFile, "PNG");
    const QString what = result.sameSize ? describe(result, tolerance)
                                         : QStringLiteral("the size is %1x%2, the reference's %3x%4")
                                               .arg(actual.width())
                                               .arg(actual.height())
                                               .arg(reference.width())
                                               .arg(reference.height());
    std::fprintf(stderr, "golden %s: FAILED: %s\n  reference: %s\n  actual:    %s\n  diff:      %s\n",
        qPrintable(name), qPrintable(what), qPrintable(referenceFile), qPrintable(actualCopy),
        qPrintable(diffFile));
    return 1;
}
