#pragma once

#include "address/AddressFamily.h"
#include "address/IpSourceFactory.h"

#include <QGroupBox>
#include <QJsonObject>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace homing::gui {

class AddressesView;
class SourcePreview;

// Where the addresses come from (ip.ipv4.sources, ip.ipv6.sources), with
// the rule preview: as the user types a spec such as
// `interface:*?suffix=stable-privacy`, the sources are created and asked,
// and the box shows the address they would choose and why, before saving.
class SourceRulesBox : public QGroupBox
{
    Q_OBJECT

public:
    SourceRulesBox(const IpSourceFactory &factory, IpSourceEnvironment environment, const QJsonObject &config,
                   QWidget *parent = nullptr);

    // As typed: empty means Homing's default sources.
    QStringList sources(AddressFamily family) const;
    bool changed(AddressFamily family) const;
    // The first spec that cannot work, in plain words (nothing is saved then).
    QString problem() const;
    // Asks the family's sources now (typing asks after a short pause).
    void preview(AddressFamily family);

private:
    QLineEdit *edit(AddressFamily family) const;
    void showResult(AddressFamily family, const QJsonObject &result, const QString &problem);

    QJsonObject m_ip; // config.json's "ip" as it was
    QLineEdit *m_ipv4;
    QLineEdit *m_ipv6;
    QPushButton *m_previewButton;
    QLabel *m_verdict;
    AddressesView *m_view;
    SourcePreview *m_preview;
    QTimer *m_typing;
    AddressFamily m_lastEdited = AddressFamily::IPv6;
};

} // namespace homing::gui
