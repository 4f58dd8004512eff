print("aslkit")
