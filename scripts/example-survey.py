#!/usr/bin/env python3
"""Writes Content/data/survey/panel.csv: the example report's synthetic survey
export, 6,000 respondents over three waves and four regions, with an NPS
question, a six-item Likert battery and a weight column. Seeded, so the file
is the same on every run; the numbers are made up but shaped like a real
insurer's panel (promoters in the North, a weak West, claims status the
battery's low point)."""
import csv, os, random

random.seed(20261003)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.join(root, 'Content', 'data', 'survey', 'panel.csv')

waves = ['2026-Q1', '2026-Q2', '2026-Q3']
regions = [('North', 0.6), ('South', 0.2), ('East', 0.0), ('West', -0.5)]
channels = ['web', 'phone', 'branch', 'app']
items = ['easy', 'informed', 'fair', 'fast', 'friendly', 'trust']
# Each item's average agreement on the 1–5 scale, before region and wave shifts.
item_level = {'easy': 3.7, 'informed': 2.9, 'fair': 3.4, 'fast': 3.1, 'friendly': 4.2, 'trust': 3.6}
labels = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree']

def clamp(v, lo, hi):
    return max(lo, min(hi, v))

rows = []
for n in range(6000):
    wave = waves[n % 3]
    region, shift = random.choices(regions, weights=[30, 25, 25, 20])[0]
    wave_shift = {'2026-Q1': -0.3, '2026-Q2': 0.0, '2026-Q3': 0.35}[wave]
    mood = random.gauss(shift + wave_shift, 1.0)
    nps = int(clamp(round(random.gauss(7.6 + 1.4 * mood, 1.9)), 0, 10))
    answers = {}
    for item in items:
        value = clamp(round(random.gauss(item_level[item] + 0.45 * mood, 0.9)), 1, 5)
        # Some exports write words, some numbers; about one answer in 40 is left blank.
        answers[item] = '' if random.random() < 0.025 else (labels[value - 1] if n % 5 == 0 else str(value))
    first = random.choices(channels, weights=[45, 30, 10, 15])[0]
    weight = round(clamp(random.lognormvariate(0, 0.35), 0.3, 3.0), 3)
    rows.append({'respondent': f'R{n + 1:05d}', 'wave': wave, 'region': region, 'channel': first,
                 'weight': f'{weight:.3f}', 'recommend': '' if random.random() < 0.01 else str(nps), **answers})

os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, 'w', newline='') as f:
    writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator='\n')
    writer.writeheader()
    writer.writerows(rows)
print(f'{out}: {len(rows)} respondents')
