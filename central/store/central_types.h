#pragma once

#include <optional>
#include <QByteArray>
#include <QString>
#include <QStringList>

// The rows the central server keeps, independent of the database behind CentralStore.
namespace linli::central {

struct KioskRow {
    QString id;
    QString hallId;
    QByteArray secret;
    QByteArray ticketPublicKey;
    qint64 enrolledAtMs = 0;
    std::optional<qint64> revokedAtMs;
    std::optional<qint64> lastSeenMs;
    QString softwareVersion;
    qint64 outboxDepth = 0;
    qint64 clockOffsetMs = 0;
    qint64 diskFreeBytes = 0;
    QStringList errors;
};

// What a sync told about a kiosk.
struct KioskContact {
    qint64 seenAtMs = 0;
    bool hasHealth = false;
    QString softwareVersion;
    qint64 outboxDepth = 0;
    qint64 clockOffsetMs = 0;
    qint64 diskFreeBytes = 0;
    QStringList errors;
};

struct StoredEvent {
    QString eventId;
    QString kioskId;
    qint64 seq = 0;
    QString kind;
    qint64 occurredAtMs = 0;
    qint64 receivedAtMs = 0;
    QByteArray payload;
    bool accepted = false;
    QString reasonCode;
    QString reasonZh;
    QString reasonEn;
};

// Events of one kind received so far, for `linli-central status`.
struct KindCount {
    QString kind;
    qint64 accepted = 0;
    qint64 rejected = 0;
};

struct CatalogRecord {
    QString collection;
    QString id;
    QByteArray json;
};

struct CatalogChange {
    qint64 seq = 0;
    QString collection;
    QString id;
    bool deleted = false;
    QByteArray record;
};

struct ResourceUse {
    QString resource;
    QString useId;
    QString kioskId;
    int units = 0;
    bool released = false;
};

struct EscrowGrant {
    QString resource;
    int units = 0;
    qint64 expiresAtMs = 0;
};

// One resource as a regrant for one kiosk sees it.
struct ResourceState {
    QString resource;
    int quota = 0;
    int sold = 0; // units of unreleased uses
    int outstandingOfOthers = 0; // unexpired, unused shares of the other (unrevoked) kiosks
    std::optional<EscrowGrant> share; // this kiosk's
};

struct Flag {
    qint64 atMs = 0;
    QString kind;
    QString subject;
    QString detail;
};

} // namespace linli::central
