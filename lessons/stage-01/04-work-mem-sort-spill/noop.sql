\c payments
SHOW work_mem;
\score
