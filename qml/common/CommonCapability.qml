import QtQuick

// Screens every capability shares: identifying the resident.
Capability {
    pages: ({ "login": Qt.resolvedUrl("LoginPage.qml") })
    titles: ({ "login": qsTr("Please identify yourself") })
}
