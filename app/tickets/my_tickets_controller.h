#pragma once

#include "gadget_list_model.h"
#include "ticket_words.h"
#include "tickets_screen.h"

// tickets (My tickets): every ticket of the signed-in resident still to use, soonest first,
// to show again at the door or the counter.
class MyTicketsController : public TicketsScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(GadgetListModel *list READ list CONSTANT)

public:
    explicit MyTicketsController(QObject *parent = nullptr);
    GadgetListModel *list() { return &m_list; }

protected:
    void read() override;

private:
    GadgetListModel m_list;
};
