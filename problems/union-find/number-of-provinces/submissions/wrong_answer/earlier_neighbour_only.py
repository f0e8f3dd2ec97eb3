def find_circle_num(is_connected):
    # Mistake: a city starts a new province unless it has a road to some earlier city.
    # That misses provinces that only join up through a later city (0 - 2 - 1).
    n = len(is_connected)
    provinces = 0
    for i in range(n):
        if not any(is_connected[i][j] for j in range(i)):
            provinces += 1
    return provinces
