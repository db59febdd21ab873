CREATE TABLE `posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text
)
--> statement-breakpoint
CREATE INDEX `posts_title` ON `posts` (`title`);