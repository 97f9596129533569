#pragma once

// linli-kiosk report kitchen|delivery --date YYYY-MM-DD --period breakfast|lunch|dinner
//     --out FILE.pdf [--data-dir DIR] [--config FILE] [--lang zh|en] [--now ISO-8601]
// Writes the kitchen count or the delivery list of one meal as a printable A4 PDF, from the
// kiosk's database as it stands, without a window or a display. Bad arguments, a missing or
// damaged database or an output that cannot be written give a message in Chinese and English
// and exit 2 (arguments) or 1 (data, output), with nothing written.
int runReportCommand(int argc, char *argv[]);
