print("aslkit-bench")
