module example.com/twin-interface-dispatch

go 1.19
