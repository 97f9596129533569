import QtQuick

// Announced on the home screen before they are built: each tile opens the honest "coming
// soon" page saying where to get the same help today. A capability that arrives takes its
// line out of here (maintenance arrived; nothing is announced just now).
Capability {
}
