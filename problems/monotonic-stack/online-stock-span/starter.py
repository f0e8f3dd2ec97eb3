# judge: problem=online-stock-span
class StockSpanner:
    def __init__(self):
        ...

    def next(self, price: int) -> int:
        ...
