-- The trademark of the sampled product, where the report gives one (商标): kept with the case and published with it.
alter table case_file add column product_trademark varchar(100);
alter table publication_entry add column product_trademark varchar(100);
