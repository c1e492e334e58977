#pragma once

#include <QDialog>

#include <functional>

namespace homing::gui {

// Version, licence, the versions of the libraries in use, and "Copy
// diagnostics" (a redacted report for a bug report, made by `report`).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString &versions, std::function<QString()> report, QWidget *parent = nullptr);

    // "Homing 0.1.0 · Qt 6.4.2 · QtKeychain 0.13.2 · OpenSSL 3.0.x".
    static QString versions();
};

} // namespace homing::gui
