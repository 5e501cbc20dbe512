#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace halldesk {

class MaterialPageSet;
class PageStripView;

// The scanned pages of the material and what the clerk does to the selected one, by button or
// key: turn left / right (Ctrl+L / Ctrl+R), move earlier / later (Ctrl+Left / Ctrl+Right),
// delete (Del), rescan (Shift+F5). Shows a hint instead of an empty list before the first page.
class ScanPagesPanel : public QWidget
{
    Q_OBJECT

public:
    ScanPagesPanel(MaterialPageSet *pages, QWidget *parent = nullptr);

    PageStripView *view() const { return m_view; }
    int currentRow() const;
    // Off while the PDF is written or a page is being rescanned.
    void setEditable(bool editable);

signals:
    void rescanRequested(int row);

private:
    void rotateCurrent(int quarterTurns);
    void moveCurrent(int delta);
    void removeCurrent();
    void selectRow(int row);
    void updateState();
    QPushButton *addAction(const QString &text, const QKeySequence &key);

    MaterialPageSet *m_pages;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    PageStripView *m_view;
    QWidget *m_actions;
    QPushButton *m_turnLeft = nullptr;
    QPushButton *m_turnRight = nullptr;
    QPushButton *m_earlier = nullptr;
    QPushButton *m_later = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_rescan = nullptr;
    bool m_editable = true;
};

} // namespace halldesk
