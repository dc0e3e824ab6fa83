# Abbreviations that often end a sentence: after them a capital letter starts
# a new sentence ("... pangan, sandang, dll. Harga ...").
@classes abbrev abbrev_end
dll
dsb
dst
tbk
persero
ltd
inc
co
corp
bros
etc
sda
