class StockSpanner:
    # Correct but O(n) per call: keeps every price and walks back from today.
    def __init__(self):
        self.history = []

    def next(self, price):
        self.history.append(price)
        span = 0
        for p in reversed(self.history):
            if p > price:
                break
            span += 1
        return span
