#include "panels/NaturalOrder.h"

namespace kg::ui {

bool naturalLess(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            // Compare by value: strip leading zeros, then length, then digits.
            QStringView x = QStringView(a).mid(i, ei - i);
            QStringView y = QStringView(b).mid(j, ej - j);
            while (x.size() > 1 && x.front() == u'0')
                x = x.mid(1);
            while (y.size() > 1 && y.front() == u'0')
                y = y.mid(1);
            if (x.size() != y.size())
                return x.size() < y.size();
            if (const int c = x.compare(y); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        qsizetype ei = i;
        qsizetype ej = j;
        while (ei < a.size() && !a[ei].isDigit())
            ++ei;
        while (ej < b.size() && !b[ej].isDigit())
            ++ej;
        const int c =
            QString::localeAwareCompare(QStringView(a).mid(i, ei - i).toString().toLower(),
                                        QStringView(b).mid(j, ej - j).toString().toLower());
        if (c != 0)
            return c < 0;
        i = ei;
        j = ej;
    }
    return a.size() - i < b.size() - j;
}

} // namespace kg::ui
