select count(*) from items;
