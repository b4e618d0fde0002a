print("theorems")
