class StockSpanner:
    # Mistake: the stack is a class attribute, so every instance (every test) shares one history.
    stack = []

    def __init__(self):
        pass

    def next(self, price: int) -> int:
        span = 1
        while self.stack and self.stack[-1][0] <= price:
            span += self.stack.pop()[1]
        self.stack.append((price, span))
        return span
