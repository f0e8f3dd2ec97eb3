"""Cases for accounts-merge. The answer is compared as a multiset of merged accounts, each
[name, *sorted emails]; one person's accounts always carry one name."""

import random

EXAMPLES = [
    {"args": [[["Ann", "ann@x.com", "ann.w@y.org"], ["Bob", "bob@x.com"], ["Ann", "ann.w@y.org", "a1@z.net"]]],
     "expected": [["Ann", "a1@z.net", "ann.w@y.org", "ann@x.com"], ["Bob", "bob@x.com"]],
     "explanation": "The two Ann accounts share ann.w@y.org, so they merge; Bob stays alone."},
    {"args": [[["Eve", "e1@m.co"], ["Eve", "e2@m.co"]]],
     "expected": [["Eve", "e1@m.co"], ["Eve", "e2@m.co"]],
     "explanation": "Same name, no common address: two different people."},
    {"args": [[["Cy", "c1@m.co", "c2@m.co"], ["Cy", "c3@m.co", "c4@m.co"], ["Cy", "c4@m.co", "c1@m.co"]]],
     "expected": [["Cy", "c1@m.co", "c2@m.co", "c3@m.co", "c4@m.co"]],
     "explanation": "The third account shares an address with each of the first two, so all three merge."},
]

_NAMES = ["Alex", "Bea", "Chen", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivo", "June", "Kai", "Lena", "Mo",
          "Nia", "Otto", "Pia", "Quinn", "Rui", "Sam", "Tess", "Uma", "Vik", "Wen", "Xia", "Yuri", "Zoe"]


def _people(rng, accounts_per_person, emails_per_account, share, name_pool):
    """Accounts for len(accounts_per_person) people: each person's accounts form a chain of shared
    addresses with probability `share` per link; addresses are unique to their person."""
    accounts = []
    for p, count in enumerate(accounts_per_person):
        name = rng.choice(name_pool)
        fresh = (f"{name.lower()}{p}_{k}@{rng.choice(['mail.com', 'post.org', 'x.io'])}" for k in range(10**9))
        prev = None
        for _ in range(count):
            own = [next(fresh) for _ in range(emails_per_account)]
            if prev is not None and rng.random() < share:
                own[rng.randrange(len(own))] = rng.choice(prev)
            own = list(dict.fromkeys(own))
            accounts.append([name] + own)
            prev = own
    rng.shuffle(accounts)
    return accounts


def hidden_cases():
    rng = random.Random(721)
    cases = [
        {"tags": ["single", "single-email"], "args": [[["Ann", "ann@x.com"]]], "expected": [["Ann", "ann@x.com"]]},
        {"tags": ["single", "unsorted"], "args": [[["Ann", "z@x.com", "b@x.com", "m@x.com"]]],
         "expected": [["Ann", "b@x.com", "m@x.com", "z@x.com"]]},
        {"tags": ["same-name", "disconnected"], "args": [[["Jo", "j1@a.com"], ["Jo", "j2@a.com"], ["Jo", "j3@a.com"]]],
         "expected": [["Jo", "j1@a.com"], ["Jo", "j2@a.com"], ["Jo", "j3@a.com"]]},
        {"tags": ["duplicates", "identical-accounts"], "args": [[["Jo", "j1@a.com", "j2@a.com"], ["Jo", "j2@a.com", "j1@a.com"]]],
         "expected": [["Jo", "j1@a.com", "j2@a.com"]]},
        {"tags": ["duplicates", "single-email"], "args": [[["Li", "l@a.com"], ["Li", "l@a.com"], ["Li", "l@a.com"]]],
         "expected": [["Li", "l@a.com"]]},
        {"tags": ["transitive", "chain"], "args": [[["Al", "a@1.com", "b@1.com"], ["Al", "c@1.com", "d@1.com"],
                                                   ["Al", "b@1.com", "c@1.com"]]],
         "expected": [["Al", "a@1.com", "b@1.com", "c@1.com", "d@1.com"]]},
        {"tags": ["transitive", "bridge-last"], "args": [[["Al", "a@1.com"], ["Al", "b@1.com"], ["Al", "c@1.com"],
                                                          ["Al", "a@1.com", "b@1.com", "c@1.com"]]],
         "expected": [["Al", "a@1.com", "b@1.com", "c@1.com"]]},
        {"tags": ["transitive", "bridge-first"], "args": [[["Al", "a@1.com", "b@1.com", "c@1.com"], ["Al", "a@1.com"],
                                                           ["Al", "b@1.com"], ["Al", "c@1.com"]]],
         "expected": [["Al", "a@1.com", "b@1.com", "c@1.com"]]},
        {"tags": ["same-name", "transitive"], "args": [[["Max", "m1@q.com", "m2@q.com"], ["Max", "m3@q.com"],
                                                        ["Max", "m2@q.com", "m4@q.com"]]],
         "expected": [["Max", "m1@q.com", "m2@q.com", "m4@q.com"], ["Max", "m3@q.com"]]},
        {"tags": ["same-name", "duplicates"], "args": [[["Max", "m@q.com"], ["Max", "m@q.com", "n@q.com"], ["Max", "o@q.com"]]],
         "expected": [["Max", "m@q.com", "n@q.com"], ["Max", "o@q.com"]]},
        {"tags": ["sort-order"], "args": [[["Ko", "b@x.com", "B@x.com", "a_1@x.com", "a.1@x.com", "A1@x.com", "a1@x.com"]]],
         "expected": [["Ko", "A1@x.com", "B@x.com", "a.1@x.com", "a1@x.com", "a_1@x.com", "b@x.com"]]},
        {"tags": ["sort-order", "prefix"], "args": [[["Ko", "ab@x.com", "a@x.com"], ["Ko", "a@x.co", "ab@x.com"]]],
         "expected": [["Ko", "a@x.co", "a@x.com", "ab@x.com"]]},
        {"tags": ["different-names"], "args": [[["Ann", "a@x.com"], ["Bob", "b@x.com"], ["Ann", "a2@x.com", "a@x.com"],
                                                 ["Cat", "c@x.com", "c2@x.com"]]],
         "expected": [["Ann", "a2@x.com", "a@x.com"], ["Bob", "b@x.com"], ["Cat", "c2@x.com", "c@x.com"]]},
        {"tags": ["merge-order", "chain"], "args": [[["Di", "1@d.com", "2@d.com"], ["Di", "3@d.com", "4@d.com"],
                                                     ["Di", "5@d.com", "6@d.com"], ["Di", "4@d.com", "5@d.com"],
                                                     ["Di", "2@d.com", "3@d.com"]]],
         "expected": [["Di", "1@d.com", "2@d.com", "3@d.com", "4@d.com", "5@d.com", "6@d.com"]]},
        {"tags": ["shared-later-email"], "args": [[["Ed", "e1@e.com", "e2@e.com", "e3@e.com"], ["Ed", "e9@e.com", "e3@e.com"]]],
         "expected": [["Ed", "e1@e.com", "e2@e.com", "e3@e.com", "e9@e.com"]]},
        {"tags": ["two-people", "interleaved"], "args": [[["Fe", "f1@f.com"], ["Go", "g1@g.com"], ["Fe", "f2@f.com", "f1@f.com"],
                                                           ["Go", "g2@g.com", "g1@g.com"], ["Fe", "f3@f.com", "f2@f.com"]]],
         "expected": [["Fe", "f1@f.com", "f2@f.com", "f3@f.com"], ["Go", "g1@g.com", "g2@g.com"]]},
        {"tags": ["max-emails"], "args": [[["Hu"] + [f"h{k}@h.com" for k in range(9, 0, -1)]]],
         "expected": [["Hu"] + [f"h{k}@h.com" for k in range(1, 10)]]},
    ]
    for people, per, emails, share, names in ((4, 3, 3, 0.7, _NAMES[:2]), (20, 4, 2, 0.8, _NAMES[:3]),
                                               (60, 5, 4, 0.5, _NAMES), (200, 3, 5, 0.9, _NAMES[:5])):
        counts = [rng.randint(1, per) for _ in range(people)]
        cases.append({"tags": ["random", "same-name"], "args": [_people(rng, counts, emails, share, names)]})

    # Max size, LeetCode's: 1000 accounts. Lone accounts come first and chains after them, so merging
    # "the first overlapping pair, then start over" rescans the lone ones for every one of ~500 merges.
    lone = _people(rng, [1] * 500, 9, 0.0, _NAMES)
    chains = _people(rng, [50] * 10, 9, 1.0, _NAMES)
    cases.append({"tags": ["max-size", "chain", "same-name"], "args": [lone + chains]})
    one = _people(rng, [1000], 9, 1.0, ["Zed"])
    cases.append({"tags": ["max-size", "chain", "one-person"], "args": [one]})
    cases.append({"tags": ["max-size", "random", "same-name"],
                  "args": [_people(rng, [rng.randint(1, 8) for _ in range(220)], 9, 0.6, _NAMES)[:1000]]})
    cases.append({"tags": ["max-size", "disconnected", "same-name"],
                  "args": [_people(rng, [1] * 1000, 9, 0.0, ["Sam"])]})
    hub = [["Hub", "hub@h.com"] + [f"u{k}_{j}@h.com" for j in range(8)] for k in range(1000)]
    cases.append({"tags": ["max-size", "star", "duplicates"], "args": [hub]})
    return cases
