#include <gtest/gtest.h>
#include <QGuiApplication>

// Key events and windows need a QGuiApplication; offscreen, so no display.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
