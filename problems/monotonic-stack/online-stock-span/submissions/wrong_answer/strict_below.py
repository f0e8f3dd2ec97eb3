class StockSpanner:
    # Mistake: `<` pops only strictly lower prices, so equal earlier days are left out of the span.
    def __init__(self):
        self.stack = []

    def next(self, price):
        span = 1
        while self.stack and self.stack[-1][0] < price:
            span += self.stack.pop()[1]
        self.stack.append((price, span))
        return span
