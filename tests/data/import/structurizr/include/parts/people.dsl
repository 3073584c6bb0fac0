a = person "Alice"
b = person "Bob"
