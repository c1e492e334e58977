#include "AddressesView.h"

#include "AddressCandidateModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace homing::gui {

namespace {

// The badges as small coloured labels: green for the chosen address, amber
// or red for what keeps an address out, grey for what it is.
class BadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kGap = 4;
    static constexpr int kPadding = 5;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QStringList badges = index.data(AddressCandidateModel::BadgesRole).toStringList();
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear(); // the row's background and selection, no text
        const QWidget *widget = option.widget;
        (widget ? widget->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.9);
        painter->setFont(font);
        const QFontMetrics metrics(font);
        int x = option.rect.left() + kGap;
        const int height = metrics.height() + 2;
        const int y = option.rect.top() + (option.rect.height() - height) / 2;
        for (const QString &badge : badges) {
            const QString text = AddressCandidateModel::badgeWords(badge);
            const int width = metrics.horizontalAdvance(text) + 2 * kPadding;
            const QRect pill(x, y, width, height);
            QColor background = option.palette.color(QPalette::Midlight);
            QColor foreground = option.palette.color(QPalette::WindowText);
            if (badge == QLatin1String("chosen")) {
                background = QColor(0x2e, 0x7d, 0x32);
                foreground = Qt::white;
            } else if (badge == QLatin1String("dadfailed") || badge == QLatin1String("deprecated")) {
                background = QColor(0xc6, 0x28, 0x28);
                foreground = Qt::white;
            } else if (AddressCandidateModel::isWarning(badge)) {
                background = QColor(0xf9, 0xa8, 0x25);
                foreground = Qt::black;
            }
            painter->setPen(Qt::NoPen);
            painter->setBrush(background);
            painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
            painter->setPen(foreground);
            painter->drawText(pill, Qt::AlignCenter, text);
            x += width + kGap;
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.9);
        const QFontMetrics metrics(font);
        int width = kGap;
        for (const QString &badge : index.data(AddressCandidateModel::BadgesRole).toStringList())
            width += metrics.horizontalAdvance(AddressCandidateModel::badgeWords(badge)) + 2 * kPadding + kGap;
        return {width, metrics.height() + 8};
    }
};

} // namespace

AddressesView::AddressesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new AddressCandidateModel(this))
    , m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("addressCandidates"));
    m_table->setAccessibleName(tr("Address sources and candidates"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(AddressCandidateModel::Badges, new BadgeDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void AddressesView::setStatus(const QJsonObject &status)
{
    m_model->setStatus(status);
    fitColumns();
}

void AddressesView::setFamily(const QString &familyKey, const QJsonObject &family)
{
    m_model->setFamily(familyKey, family);
    fitColumns();
}

// Fitted to what they show, then fixed: the user may widen them.
void AddressesView::fitColumns()
{
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    for (int column = 0; column < AddressCandidateModel::Reason; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 420));
}

} // namespace homing::gui
