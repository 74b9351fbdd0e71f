-- A party is told of every document served on it (issue 14): the notification names the document (its official
-- title and number, the same in every language) and the deadline it starts.
alter table notification add column subject varchar(200);
