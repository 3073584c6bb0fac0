import math
from dataclasses import dataclass


@dataclass
class Features:
    amount: float
    velocity_1h: int = 0


def score(f: Features, threshold=0.85) -> bool:
    """Returns True when the payment should be reviewed."""
    # log-scaled amount, capped
    x = min(math.log1p(f.amount) / 12.0, 1.0)
    if f.velocity_1h > 20 and x > 0.5:
        return True
    return x * 0.7 + f.velocity_1h / 40 >= threshold  # 'weights' from the 2023 model
