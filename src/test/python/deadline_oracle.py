"""Independent oracle for the calendar unit tests: reads the holiday-cn files and walks day by day.

Usage: echo "2024-03-01 20" | python3 src/test/python/deadline_oracle.py   (start date, working days)
The expected dates in src/test/java/cn/xxgk/calendar were checked with it, not with the Java code.
"""
import json, datetime as dt, os, sys
DATA = os.path.join(os.path.dirname(__file__), "..", "..", "main", "resources", "calendar", "holiday-cn")
D = dt.date
rules, published = {}, set()
for y in range(2019, 2028):
    data = json.load(open(os.path.join(DATA, f'{y}.json'), encoding='utf-8'))
    if data['days']:
        published.add(y)
    for e in data['days']:
        d = D.fromisoformat(e['date'])
        assert rules.get(d, e['isOffDay']) == e['isOffDay']
        rules[d] = e['isOffDay']

def working(d):
    return (not rules[d]) if d in rules else d.weekday() < 5

def add(start, n):
    d, c = start, 0
    while c < n:
        d += dt.timedelta(1)
        if working(d): c += 1
    return d

def due(start, total, pauses=()):
    """pauses: list of (A, B); days in (A, B] not counted; a pause starting on the last counted day defers to first working day >= B."""
    d, c = start, 0
    while True:
        for a, b in pauses:
            if a == d and c == total:   # pause begins on the last day: due is first working day >= B
                e = b
                while not working(e): e += dt.timedelta(1)
                return e
        if c == total and d != start:
            return d
        d += dt.timedelta(1)
        if any(a < d <= b for a, b in pauses):
            continue
        if working(d):
            c += 1
            if c == total and not any(a == d for a, b in pauses):
                return d

def provisional(start, end):
    return any((start + dt.timedelta(i)).year not in published for i in range(1, (end - start).days + 1))

if __name__ == '__main__':
    for line in sys.stdin:
        parts = line.split()
        if not parts: continue
        s = D.fromisoformat(parts[0]); n = int(parts[1])
        r = add(s, n)
        print(s, s.strftime('%a'), n, '->', r, r.strftime('%a'), 'provisional' if provisional(s, r) else '')
