#include "canvas/WalkthroughBar.h"

#include "Application.h"
#include "Retranslator.h"
#include "canvas/PathOverlay.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kg::ui {

namespace {
QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Dns:
        return WalkthroughBar::tr("DNS");
    case Stage::Network:
        return WalkthroughBar::tr("Network");
    case Stage::Admission:
        return WalkthroughBar::tr("Admission");
    case Stage::Identity:
        return WalkthroughBar::tr("Identity");
    }
    return {};
}
} // namespace

WalkthroughBar::WalkthroughBar(QWidget* parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    setObjectName(QStringLiteral("walkthrough"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(14, 10, 14, 10);
    m_back = new QPushButton(this);
    m_next = new QPushButton(this);
    m_close = new QPushButton(this);
    Retranslator::bind(this, [this] {
        m_back->setText(tr("◀ Back"));
        m_next->setText(tr("Next ▶"));
        m_close->setText(tr("Close"));
        if (!m_path.steps.empty() && m_step >= 0)
            show(m_step);
    });
    auto* texts = new QVBoxLayout;
    m_title = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    setScale(1.0);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    row->addWidget(m_back);
    row->addLayout(texts, 1);
    row->addWidget(m_next);
    row->addWidget(m_close);
    connect(m_back, &QPushButton::clicked, this, &WalkthroughBar::back);
    connect(m_next, &QPushButton::clicked, this, &WalkthroughBar::next);
    connect(m_close, &QPushButton::clicked, this, &WalkthroughBar::stop);
    parent->installEventFilter(this);
    hide();
}

QString WalkthroughBar::narrate(const Path& path, int step)
{
    if (step < 0 || step >= static_cast<int>(path.steps.size()))
        return {};
    const PathStep& s = path.steps[static_cast<std::size_t>(step)];
    QString text = Application::render(s.sentence, s.text) + QStringLiteral(" (") +
                   QString::fromStdString(s.rule) + QLatin1Char(')');
    if (!s.ok && !path.fix.text.empty())
        text += QLatin1Char('\n') +
                tr("Fix: %1").arg(Application::render(path.fix.sentence, path.fix.text));
    return text;
}

void WalkthroughBar::start(const Path& path)
{
    m_path = path;
    m_active = true;
    setVisible(true);
    raise();
    place();
    show(0);
}

void WalkthroughBar::stop()
{
    if (!m_active)
        return;
    m_active = false;
    hide();
    emit finished();
}

void WalkthroughBar::next()
{
    if (m_step + 1 < static_cast<int>(m_path.steps.size()))
        show(m_step + 1);
}

void WalkthroughBar::back()
{
    if (m_step > 0)
        show(m_step - 1);
}

void WalkthroughBar::show(int step)
{
    m_step = step;
    const int count = static_cast<int>(m_path.steps.size());
    const PathStep& s = m_path.steps[static_cast<std::size_t>(step)];
    m_title->setText(tr("Step %1 of %2 · %3 · %4")
                         .arg(step + 1)
                         .arg(count)
                         .arg(stageName(s.stage), s.ok ? tr("passes") : tr("blocked")));
    QPalette p = m_title->palette();
    p.setColor(QPalette::WindowText, PathOverlay::textColour(s.ok));
    m_title->setPalette(p);
    m_text->setText(narrate(m_path, step));
    m_back->setEnabled(step > 0);
    m_next->setEnabled(step + 1 < count);
    place();
    emit stepChanged(step);
}

void WalkthroughBar::setScale(double scale)
{
    m_scale = scale;
    QFont base = font();
    QFont big = base;
    big.setPointSizeF(base.pointSizeF() * 1.25 * scale);
    big.setBold(true);
    m_title->setFont(big);
    QFont body = base;
    body.setPointSizeF(base.pointSizeF() * 1.15 * scale);
    m_text->setFont(body);
    for (QPushButton* b : {m_back, m_next, m_close}) {
        QFont f = base;
        f.setPointSizeF(base.pointSizeF() * scale);
        b->setFont(f);
    }
    if (m_active)
        place();
}

void WalkthroughBar::place()
{
    QWidget* host = parentWidget();
    // Wider when presenting: the narration is set larger, not in more lines.
    const int width = std::min(host->width() - 40, static_cast<int>(900 * m_scale));
    // The narration wraps in what the buttons leave of the width (the layout's own height for
    // width gave the label the whole width, and a second line was cut off).
    const QMargins m = layout()->contentsMargins();
    const int spacing = std::max(0, layout()->spacing());
    const int buttons = m_back->sizeHint().width() + m_next->sizeHint().width() +
                        m_close->sizeHint().width() + 3 * spacing;
    const int textWidth = std::max(120, width - m.left() - m.right() - buttons);
    const int texts = m_title->sizeHint().height() + spacing + m_text->heightForWidth(textWidth);
    const int height = std::max(texts, m_back->sizeHint().height()) + m.top() + m.bottom() + 4;
    setGeometry((host->width() - width) / 2, host->height() - height - 20, width, height);
}

bool WalkthroughBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && m_active)
        place();
    return QWidget::eventFilter(watched, event);
}

} // namespace kg::ui
