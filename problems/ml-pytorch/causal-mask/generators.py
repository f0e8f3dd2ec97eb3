"""Inputs for the complexity report: q_len queries after `cached` earlier positions (k_len = q_len + cached).

Sweeping the cache instead of k_len keeps the two sweeps independent: q_len <= k_len holds at every size
without holding k_len at the largest q_len, whose cost would hide the queries' own."""


def lengths(sizes, rng):
    return [sizes["q_len"], sizes["q_len"] + sizes["cached"]]
