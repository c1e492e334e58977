#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace homing::gui {

// What each address source answered, per family, and for interface sources
// every address they looked at with its badges (chosen, temporary,
// deprecated, ULA, ...), lifetimes and why it was chosen or skipped: the
// rule at work, as `homing-cli ip --json` lists it.
class AddressCandidateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Source, Address, Badges, Preferred, Valid, Reason, ColumnCount };
    enum Role {
        BadgesRole = Qt::UserRole + 1, // QStringList of badge keys ("chosen", "temporary", "ula", ...)
        IsSourceRole,                  // bool: a source's row (its candidates follow it)
        ChosenRole,                    // bool: the address this row stands for was taken
    };

    explicit AddressCandidateModel(QObject *parent = nullptr);

    // Both families of a status object ("ipv4", "ipv6"), enabled ones only.
    void setStatus(const QJsonObject &status);
    // One family's object ({"address", "sources": [...]}), as the rule preview makes it.
    void setFamily(const QString &familyKey, const QJsonObject &family);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The badges of one candidate (its flags, suffix kind and address range).
    static QStringList badgesOf(const QJsonObject &candidate);
    // "temporary" → "temporary" in the reader's language.
    static QString badgeWords(const QString &badge);
    // What the badge means, for its tooltip.
    static QString badgeHelp(const QString &badge);
    // Whether the badge keeps an address from being published by default.
    static bool isWarning(const QString &badge);
    // 7260 → "2 h 1 min"; null or negative → "forever".
    static QString lifetimeWords(const QJsonValue &seconds);

private:
    struct Row {
        QString family;     // "IPv4", "IPv6"
        QJsonObject source; // the source's answer
        QJsonObject candidate; // empty on a source's row
        bool familyAccepted = false; // the family's accepted address equals this source's answer
    };
    void appendFamily(const QString &familyKey, const QJsonObject &family);

    QList<Row> m_rows;
};

} // namespace homing::gui
