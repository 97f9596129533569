#include <gtest/gtest.h>
#include <QCoreApplication>

// Services use Qt (resources, time zones, JSON); a QCoreApplication makes them behave as in the app.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
