vswitch_id  = "vsw-bp1q8r2x6c0y5kz4mt7wd"
db_password = "Wq8#tLz2vRn6Ke"
