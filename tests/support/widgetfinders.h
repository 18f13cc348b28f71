#pragma once
// Finding and pressing real widgets in GUI tests (offscreen).

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

namespace sb::test {

// The visible widget of that object name under `parent` (closed dialogs linger until deleted).
template <typename T> T *visibleChild(QObject *parent, const QString &name) {
    const QList<T *> all = parent->findChildren<T *>(name);
    for (T *w : all)
        if (w->isVisible())
            return w;
    return nullptr;
}

// Presses the button `button` under `parent` and waits (up to 5 s) for the dialog `dialog` to
// show: that dialog, or nullptr.
inline QDialog *openDialog(QWidget *parent, const QString &button, const QString &dialog) {
    auto *b = parent->findChild<QPushButton *>(button);
    if (!b)
        return nullptr;
    QTest::mouseClick(b, Qt::LeftButton);
    QDialog *shown = nullptr;
    return QTest::qWaitFor([&] { return (shown = visibleChild<QDialog>(parent, dialog)); })
               ? shown
               : nullptr;
}

// Presses OK in the dialog's button box of that object name.
inline void clickOk(QDialog *dialog, const QString &boxName) {
    auto *box = dialog->findChild<QDialogButtonBox *>(boxName);
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace sb::test
