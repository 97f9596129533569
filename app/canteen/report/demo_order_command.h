#pragma once

// TEST AID, like --demo-resident: puts real orders into a kiosk's database so that the reports
// can be tried end to end without tapping the screen.
//   linli-kiosk demo-order --card CARD --offer OFFER_ID [--quantity N] [--delivery]
//       [--data-dir DIR] [--config FILE] [--now ISO-8601]
//   linli-kiosk demo-order --card CARD --cancel ORDER_ID [...]
// The resident is identified by card and the order placed (or cancelled) by the canteen's own
// services with every check the dish screen's Confirm gets: cut-off on the hall's clock,
// servings, delivery eligibility and address, vouchers (used up to the balance). Prints the
// order's id and code; a refusal is printed in both languages with exit code 1.
int runDemoOrderCommand(int argc, char *argv[]);
