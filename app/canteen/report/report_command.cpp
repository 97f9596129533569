#include "report_command.h"

#include "command_support.h"
#include "hall_format.h"
#include "information/hall.h"
#include "language_controller.h"
#include "pdf_report.h"
#include "storage/storage_error.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSaveFile>

using linli::LocalizedText;
using linli::canteen::MealPeriod;

namespace {

struct ReportOptions {
    QString kind; // kitchen, delivery
    QDate date;
    MealPeriod period = MealPeriod::Lunch;
    QString out;
    QString dataDir, configFile;
    linli::Language language = linli::Language::Chinese;
    qint64 nowUtc = 0;
};

// nullopt: `problem` says what is wrong.
std::optional<ReportOptions> parse(const QStringList &arguments, LocalizedText &problem, bool &help)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the kitchen count or the delivery list of one meal as a printable A4 PDF.\n"
                       "linli-kiosk report kitchen|delivery --date YYYY-MM-DD --period "
                       "breakfast|lunch|dinner --out FILE.pdf"));
    const QCommandLineOption helpOption(QStringList{ QStringLiteral("h"), QStringLiteral("help") },
        QStringLiteral("Show this help and exit."));
    const QCommandLineOption date(QStringLiteral("date"),
        QStringLiteral("The meal's date, in the hall's calendar."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption period(
        QStringLiteral("period"), QStringLiteral("The meal."), QStringLiteral("breakfast|lunch|dinner"));
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("The PDF file to write (replaced if it exists)."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("The kiosk's data directory (as for the kiosk)."), QStringLiteral("DIR"));
    const QCommandLineOption config(
        QStringLiteral("config"), QStringLiteral("The kiosk's configuration file."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QStringLiteral("Language of the report (default zh)."), QStringLiteral("zh|en"));
    const QCommandLineOption now(QStringLiteral("now"),
        QStringLiteral("Print this UTC instant as the time it was made (reproducible output)."),
        QStringLiteral("ISO-8601"));
    parser.addOptions({ helpOption, date, period, out, dataDir, config, lang, now });
    parser.addPositionalArgument(QStringLiteral("report"), QStringLiteral("kitchen or delivery"));

    const auto refuse = [&](const char *source, const QString &value = {}) {
        problem = arg(bothLanguages(source), value);
        return std::nullopt;
    };
    if (!parser.parse(arguments)) {
        if (!parser.unknownOptionNames().isEmpty())
            return refuse(
                QT_TRANSLATE_NOOP("CanteenCommand", "Unknown option \"%1\". See linli-kiosk report --help."),
                parser.unknownOptionNames().join(u' '));
        return refuse(
            QT_TRANSLATE_NOOP("CanteenCommand", "%1 See linli-kiosk report --help."), parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        help = true;
        problem = { parser.helpText(), parser.helpText() };
        return std::nullopt;
    }
    const QStringList positional = parser.positionalArguments().mid(1); // after "report"
    if (positional.size() > 1)
        return refuse(
            QT_TRANSLATE_NOOP("CanteenCommand", "Unexpected \"%1\". See linli-kiosk report --help."),
            positional.mid(1).join(u' '));
    if (positional.isEmpty() || (positional[0] != u"kitchen" && positional[0] != u"delivery"))
        return refuse(QT_TRANSLATE_NOOP("CanteenCommand",
                          "Say which report: \"kitchen\" (servings per dish) or \"delivery\" (the delivery "
                          "list), not \"%1\"."),
            positional.value(0));
    for (const QCommandLineOption *needed : { &date, &period, &out })
        if (!parser.isSet(*needed))
            return refuse(QT_TRANSLATE_NOOP("CanteenCommand", "Missing --%1. See linli-kiosk report --help."),
                needed->names().constFirst());
    ReportOptions o;
    o.kind = positional[0];
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    o.date = QDate::fromString(parser.value(date), Qt::ISODate);
    if (!parser.isSet(date) || !isoDate.match(parser.value(date)).hasMatch() || !o.date.isValid())
        return refuse(QT_TRANSLATE_NOOP("CanteenCommand",
                          "--date must be a real day written YYYY-MM-DD, such as 2026-11-23, not \"%1\"."),
            parser.value(date));
    const auto meal = linli::canteen::periodFrom(parser.value(period));
    if (!meal)
        return refuse(
            QT_TRANSLATE_NOOP("CanteenCommand", "--period must be breakfast, lunch or dinner, not \"%1\"."),
            parser.value(period));
    o.period = *meal;
    o.out = parser.value(out);
    if (!o.out.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return refuse(QT_TRANSLATE_NOOP("CanteenCommand",
                          "--out must name the PDF file to write, ending in .pdf, not \"%1\"."),
            o.out);
    if (parser.isSet(lang) && parser.value(lang) != u"zh" && parser.value(lang) != u"en")
        return refuse(
            QT_TRANSLATE_NOOP("CanteenCommand", "--lang must be zh or en, not \"%1\"."), parser.value(lang));
    o.language = parser.value(lang) == u"en" ? linli::Language::English : linli::Language::Chinese;
    const QDateTime when = parser.isSet(now) ? QDateTime::fromString(parser.value(now), Qt::ISODate)
                                             : QDateTime::currentDateTimeUtc();
    if (!when.isValid())
        return refuse(QT_TRANSLATE_NOOP("CanteenCommand", "--now must be an ISO-8601 instant, not \"%1\"."),
            parser.value(now));
    o.nowUtc = when.toSecsSinceEpoch();
    o.dataDir = parser.value(dataDir);
    o.configFile = parser.value(config);
    return o;
}

// Where the PDF goes must be a writable directory; the file itself is written whole or not at all.
std::optional<LocalizedText> outputProblem(const QString &out)
{
    const QFileInfo file(out);
    const QFileInfo dir(file.absolutePath());
    if (file.isDir() || !dir.isDir() || !dir.isWritable() || (file.exists() && !file.isWritable()))
        return arg(
            bothLanguages(QT_TRANSLATE_NOOP("CanteenCommand",
                "Cannot write %1: the folder does not exist or may not be written to. Nothing was written.")),
            out);
    return std::nullopt;
}

} // namespace

int runReportCommand(int argc, char *argv[])
{
    // A PDF needs fonts, not a screen: Qt's offscreen platform, whatever the session has.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("linli-kiosk"));
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));

    LocalizedText problem;
    bool help = false;
    const auto options = parse(QGuiApplication::arguments(), problem, help);
    if (!options) {
        if (help) {
            std::fputs(qPrintable(problem.en), stdout);
            return 0;
        }
        print(stderr, problem);
        return 2;
    }
    if (const auto bad = outputProblem(options->out)) {
        print(stderr, *bad);
        return 2;
    }
    CommandDatabase opened = openKioskDatabaseAsItIs(options->dataDir, options->configFile, true);
    if (!opened.db) {
        print(stderr, opened.problem);
        return 1;
    }
    try {
        const auto hall = linli::information::loadHall(*opened.db);
        if (!hall) {
            print(stderr,
                bothLanguages(QT_TRANSLATE_NOOP("CanteenCommand",
                    "The database holds no hall yet: start the kiosk once to load its content.")));
            return 1;
        }
        LanguageController language;
        language.setLanguage(options->language);
        const HallFormat format(hall->timeZone, language);
        const ReportRequest request{ options->date, options->period, options->nowUtc, options->language };
        const ReportDocument document = options->kind == u"kitchen"
            ? CanteenReport::kitchen(*opened.db, format, request)
            : CanteenReport::delivery(*opened.db, format, request);

        // Drawn whole in memory first, then saved: a failure leaves no file, nor half of one.
        const PdfReport pdf = renderPdfReport(document);
        QSaveFile file(options->out);
        if (pdf.pages < 1 || !file.open(QIODevice::WriteOnly) || file.write(pdf.bytes) != pdf.bytes.size()
            || !file.commit()) {
            print(stderr,
                arg(bothLanguages(
                        QT_TRANSLATE_NOOP("CanteenCommand", "Cannot write %1. Nothing was written.")),
                    options->out));
            return 1;
        }
        print(stdout,
            arg(arg(bothLanguages(QT_TRANSLATE_NOOP("CanteenCommand", "Wrote %1 (pages: %2).")),
                    options->out),
                QString::number(pdf.pages)));
        return 0;
    } catch (const linli::storage::StorageError &error) {
        print(stderr,
            arg(bothLanguages(QT_TRANSLATE_NOOP(
                    "CanteenCommand", "Cannot read the kiosk's database: %1. Nothing was written.")),
                QString::fromStdString(error.what())));
        return 1;
    }
}
