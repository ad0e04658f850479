ALTER TABLE `students` ADD `name_pinyin` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `students` ADD `name_initials` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `students_name_pinyin` ON `students` (`name_pinyin`);