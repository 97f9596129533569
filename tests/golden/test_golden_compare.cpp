// The golden comparer must see a one-pixel-wide line and must not see antialiasing noise.
#include "image_compare.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>

namespace {

using linli::golden::compareImages;
using linli::golden::Tolerance;

// Something screen-like: bands of colour, soft edges and hard ones.
QImage screenLike()
{
    QImage image(1080, 1920, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb((x / 7) % 256, (y / 9) % 256, ((x + y) / 40 % 2) ? 230 : 40));
    return image;
}

// Every channel moves by 100: a clear colour change, whatever the colour was.
QRgb clearlyDifferent(QRgb pixel)
{
    const auto shift = [](int c) { return c < 128 ? c + 100 : c - 100; };
    return qRgb(shift(qRed(pixel)), shift(qGreen(pixel)), shift(qBlue(pixel)));
}

// A one-pixel-wide line, horizontal or vertical, of length pixels.
QImage withLine(QImage image, QPoint from, int length, bool horizontal)
{
    for (int i = 0; i < length; ++i) {
        const QPoint p = horizontal ? from + QPoint(i, 0) : from + QPoint(0, i);
        image.setPixel(p, clearlyDifferent(image.pixel(p)));
    }
    return image;
}

TEST(GoldenCompare, IdenticalImagesMatch)
{
    const QImage image = screenLike();
    const auto result = compareImages(image, image.copy(), Tolerance{});
    EXPECT_TRUE(result.matches);
    EXPECT_EQ(result.differingPixels, 0);
    EXPECT_EQ(result.noisyPixels, 0);
}

TEST(GoldenCompare, FormatAloneIsNoDifference)
{
    const QImage image = screenLike();
    EXPECT_TRUE(compareImages(image, image.convertToFormat(QImage::Format_ARGB32_Premultiplied), Tolerance{})
                    .matches);
}

TEST(GoldenCompare, OnePixelWideHorizontalLineFails)
{
    const QImage reference = screenLike();
    const auto result = compareImages(reference, withLine(reference, { 200, 96 }, 100, true), Tolerance{});
    EXPECT_FALSE(result.matches);
    EXPECT_EQ(result.differingPixels, 100);
    EXPECT_EQ(result.bounds, QRect(200, 96, 100, 1));
}

TEST(GoldenCompare, OnePixelWideVerticalLineFails)
{
    const QImage reference = screenLike();
    const auto result = compareImages(reference, withLine(reference, { 1079, 0 }, 1920, false), Tolerance{});
    EXPECT_FALSE(result.matches);
    EXPECT_EQ(result.differingPixels, 1920);
}

TEST(GoldenCompare, ShortLineAtTheLimitStillFails)
{
    const Tolerance tolerance;
    const QImage reference = screenLike();
    const auto within = compareImages(
        reference, withLine(reference, { 10, 10 }, int(tolerance.maxPixels), true), tolerance);
    EXPECT_TRUE(within.matches);
    const auto beyond = compareImages(
        reference, withLine(reference, { 10, 10 }, int(tolerance.maxPixels) + 1, true), tolerance);
    EXPECT_FALSE(beyond.matches);
}

TEST(GoldenCompare, AntialiasingNoiseWithinTheFuzzMatches)
{
    const Tolerance tolerance;
    const QImage reference = screenLike();
    QImage noisy = reference.copy();
    for (int i = 0; i < 5000; ++i) { // small shifts of edge pixels, as a different rasteriser might give
        const QPoint p((i * 37) % 1080, (i * 101) % 1920);
        const QRgb c = noisy.pixel(p);
        const int d = (i % 2 ? 1 : -1) * tolerance.fuzz;
        noisy.setPixel(p, qRgb(qBound(0, qRed(c) + d, 255), qGreen(c), qBound(0, qBlue(c) - d, 255)));
    }
    const auto result = compareImages(reference, noisy, tolerance);
    EXPECT_TRUE(result.matches);
    EXPECT_EQ(result.differingPixels, 0);
    EXPECT_GT(result.noisyPixels, 4000);
}

TEST(GoldenCompare, DifferentSizeFails)
{
    const QImage reference = screenLike();
    EXPECT_FALSE(compareImages(reference, reference.copy(0, 0, 1080, 1900), Tolerance{}).matches);
    EXPECT_FALSE(compareImages(QImage(), reference, Tolerance{}).matches);
}

TEST(GoldenCompare, DiffImageMarksTheLineRed)
{
    const QImage reference = screenLike();
    const QImage diff
        = linli::golden::diffImage(reference, withLine(reference, { 200, 96 }, 100, true), Tolerance{});
    ASSERT_EQ(diff.size(), reference.size());
    EXPECT_EQ(diff.pixel(250, 96), qRgb(255, 0, 0));
    EXPECT_EQ(diff.pixel(200 - 8, 96), qRgb(255, 0, 255)); // the frame around it
    EXPECT_NE(diff.pixel(600, 600), qRgb(255, 0, 0));
}

// The command-line tool as the golden tests run it, on a real reference screen.
class GoldenCompareTool : public ::testing::Test {
protected:
    int run(const QStringList &args, QString *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(LINLI_GOLDEN_COMPARE), args);
        EXPECT_TRUE(process.waitForFinished(60000));
        if (output)
            *output = QString::fromLocal8Bit(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QImage someReference()
    {
        const QStringList pngs
            = QDir(QStringLiteral(LINLI_GOLDEN_DIR)).entryList({ QStringLiteral("*.png") });
        return pngs.isEmpty() ? screenLike()
                              : QImage(QDir(QStringLiteral(LINLI_GOLDEN_DIR)).filePath(pngs.first()));
    }

    linli::test::TempDir dir;
};

TEST_F(GoldenCompareTool, SameScreenPassesAndALineFailsWithActualAndDiffWritten)
{
    const QImage reference = someReference();
    ASSERT_FALSE(reference.isNull());
    const QString ref = dir.path() + QStringLiteral("/ref.png");
    const QString same = dir.path() + QStringLiteral("/screen-zh.png");
    const QString moved = dir.path() + QStringLiteral("/moved-zh.png");
    const QString failures = dir.path() + QStringLiteral("/failures");
    ASSERT_TRUE(reference.save(ref));
    ASSERT_TRUE(reference.save(same));
    ASSERT_TRUE(withLine(reference, { 100, 300 }, 400, true).save(moved));

    EXPECT_EQ(run({ QStringLiteral("--failures"), failures, ref, same }), 0);
    EXPECT_FALSE(QFileInfo::exists(failures + QStringLiteral("/screen-zh-diff.png")));

    QString output;
    EXPECT_EQ(run({ QStringLiteral("--failures"), failures, ref, moved }, &output), 1);
    EXPECT_TRUE(output.contains(QStringLiteral("400 pixels differ"))) << output.toStdString();
    EXPECT_TRUE(output.contains(failures + QStringLiteral("/moved-zh-diff.png"))) << output.toStdString();
    EXPECT_EQ(QImage(failures + QStringLiteral("/moved-zh-actual.png")), QImage(moved));
    EXPECT_EQ(QImage(failures + QStringLiteral("/moved-zh-diff.png")).pixel(300, 300), qRgb(255, 0, 0));
}

TEST_F(GoldenCompareTool, MissingReferenceFailsAndUpdateWritesIt)
{
    const QString shot = dir.path() + QStringLiteral("/new-en.png");
    const QString ref = dir.path() + QStringLiteral("/golden/new-en.png");
    ASSERT_TRUE(QDir().mkpath(dir.path() + QStringLiteral("/golden")));
    ASSERT_TRUE(screenLike().save(shot));
    EXPECT_EQ(run({ QStringLiteral("--failures"), dir.path() + QStringLiteral("/f"), ref, shot }), 1);
    EXPECT_TRUE(QFileInfo::exists(dir.path() + QStringLiteral("/f/new-en-actual.png")));

    QString output;
    EXPECT_EQ(run({ QStringLiteral("--update"), ref, shot }, &output), 0);
    EXPECT_TRUE(output.contains(QStringLiteral("new reference"))) << output.toStdString();
    EXPECT_EQ(QImage(ref).convertToFormat(QImage::Format_RGB32), screenLike());
    EXPECT_EQ(run({ ref, shot }), 0);
    // An unchanged screen leaves its reference alone.
    const QDateTime written = QFileInfo(ref).lastModified();
    EXPECT_EQ(run({ QStringLiteral("--update"), ref, shot }, &output), 0);
    EXPECT_TRUE(output.contains(QStringLiteral("unchanged"))) << output.toStdString();
    EXPECT_EQ(QFileInfo(ref).lastModified(), written);
}

TEST_F(GoldenCompareTool, UnreadableScreenshotIsAnError)
{
    EXPECT_EQ(run({ dir.path() + QStringLiteral("/a.png"), dir.path() + QStringLiteral("/missing.png") }), 2);
    EXPECT_EQ(run({ QStringLiteral("--fuzz") }), 2);
}

} // namespace
