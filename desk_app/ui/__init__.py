"""Qt widgets and windows. They call services; they never run SQL or HTTP themselves."""
