class StockSpanner:

    def __init__(self):
        self.day = -1
        self.stack = []  # (day, price) of the days no later day has matched yet

    def next(self, price: int) -> int:
        self.day += 1
        while self.stack and self.stack[-1][1] <= price:
            self.stack.pop()
        span = self.day - (self.stack[-1][0] if self.stack else -1)
        self.stack.append((self.day, price))
        return span


# Your StockSpanner object will be instantiated and called as such:
# obj = StockSpanner()
# param_1 = obj.next(price)
