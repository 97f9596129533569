#include <gtest/gtest.h>
#include <QGuiApplication>

// Receipts are drawn with fonts, which need a QGuiApplication; offscreen, so no display. The
// printers' sockets and timers need its event loop.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
