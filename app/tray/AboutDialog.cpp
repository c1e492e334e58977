#include "AboutDialog.h"

#include "common/HomingVersion.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSslSocket>
#include <QVBoxLayout>

namespace homing::gui {

QString AboutDialog::versions()
{
    return QStringLiteral("Homing %1 · Qt %2 · QtKeychain %3 · %4")
        .arg(QLatin1String(HOMING_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(HOMING_QTKEYCHAIN_VERSION),
             QSslSocket::sslLibraryVersionString());
}

AboutDialog::AboutDialog(const QString &versions, std::function<QString()> report, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About")); // Qt adds " — Homing"
    auto *text = new QLabel(tr("<h3>Homing %1</h3><p>Keeps your domain names pointing home: it watches this network's "
                               "public address and updates your DNS records when it changes.</p>"
                               "<p>Licence: MIT</p><p>%2</p>")
                                .arg(QLatin1String(HOMING_VERSION), versions.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *copied = new QLabel(this);
    copied->setAccessibleName(tr("Copy result"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy diagnostics"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copies a report for a bug report: versions, the configuration without secrets, the status, the "
                        "last 50 history entries and the last 200 log lines, with every known secret removed."));
    connect(copy, &QPushButton::clicked, this, [report = std::move(report), copied] {
        QApplication::clipboard()->setText(report());
        copied->setText(tr("Copied. Read it before you share it."));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(copied);
    layout->addWidget(buttons);
}

} // namespace homing::gui
