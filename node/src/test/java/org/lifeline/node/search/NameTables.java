// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.util.List;

/**
 * Invented-person name pools for the matching benchmark, each name as a concept with its spellings: the native
 * script first, then forms other registrars write (Cyrillic, Latin transliteration variants). Ordered roughly by
 * frequency (the generator draws with Zipf-like weights), so the first entries are the "common names" of the hard
 * non-matches.
 */
final class NameTables {
    /** {sex, spellings...}; sex "m" or "f". */
    static final List<List<String>> ARABIC_GIVEN = List.of(
            List.of("m", "محمد", "Мухаммед", "Muhammad", "Mohamed", "Mohammed", "Mohammad"),
            List.of("m", "أحمد", "Ахмед", "Ahmed", "Ahmad"),
            List.of("m", "علي", "Али", "Ali"),
            List.of("m", "حسن", "Хасан", "Hassan", "Hasan"),
            List.of("m", "حسين", "Хусейн", "Hussein", "Hussain"),
            List.of("m", "عمر", "Умар", "Omar", "Umar"),
            List.of("m", "يوسف", "Юсуф", "Youssef", "Yusuf", "Yousef"),
            List.of("m", "إبراهيم", "Ибрагим", "Ibrahim", "Ebrahim"),
            List.of("m", "خالد", "Халид", "Khalid", "Khaled"),
            List.of("m", "مصطفى", "Мустафа", "Mustafa", "Mostafa"),
            List.of("f", "فاطمة", "Фатима", "Fatima", "Fatma", "Fatimah"),
            List.of("f", "مريم", "Марьям", "Maryam", "Mariam"),
            List.of("f", "عائشة", "Айша", "Aisha", "Aysha"),
            List.of("f", "خديجة", "Хадиджа", "Khadija", "Khadidja"),
            List.of("f", "زينب", "Зейнаб", "Zainab", "Zeinab", "Zaynab"),
            List.of("f", "نور", "Нур", "Nour", "Noor", "Nur"),
            List.of("f", "ليلى", "Лейла", "Layla", "Leila", "Laila"),
            List.of("f", "سارة", "Сара", "Sara", "Sarah"));
    static final List<List<String>> ARABIC_FAMILY = List.of(
            List.of("الحسن", "Аль-Хасан", "Al-Hassan", "Alhassan", "El Hassan"),
            List.of("منصور", "Мансур", "Mansour", "Mansur"),
            List.of("حداد", "Хаддад", "Haddad"),
            List.of("خليل", "Халил", "Khalil", "Khaleel"),
            List.of("صالح", "Салех", "Saleh", "Salih"),
            List.of("عبدالله", "Абдулла", "Abdallah", "Abdullah"),
            List.of("ناصر", "Насер", "Nasser", "Nasir"),
            List.of("حمدان", "Хамдан", "Hamdan"),
            List.of("عثمان", "Усман", "Othman", "Osman", "Usman"),
            List.of("قاسم", "Касим", "Qasim", "Kassem", "Kasim"),
            List.of("رحمن", "Рахман", "Rahman"),
            List.of("جابر", "Джабер", "Jaber", "Jabir"),
            List.of("العلي", "Аль-Али", "Al-Ali"),
            List.of("يونس", "Юнус", "Younes", "Yunus"),
            List.of("سليمان", "Сулейман", "Suleiman", "Sulaiman"),
            List.of("مراد", "Мурад", "Mourad", "Murad"));
    static final List<List<String>> SLAVIC_GIVEN = List.of(
            List.of("m", "Иван", "Ivan"), List.of("m", "Алексей", "Aleksei", "Alexei", "Aleksey"),
            List.of("m", "Дмитрий", "Dmitrii", "Dmitry", "Dmitriy"), List.of("m", "Сергей", "Sergei", "Sergey"),
            List.of("m", "Андрей", "Andrei", "Andrey"), List.of("m", "Михаил", "Mikhail"),
            List.of("m", "Николай", "Nikolai", "Nikolay"), List.of("m", "Владимир", "Vladimir"),
            List.of("m", "Юрий", "Yuri", "Yuriy", "Iurii"), List.of("m", "Тимур", "Timur"),
            List.of("m", "Рустам", "Rustam"), List.of("f", "Ольга", "Olga"),
            List.of("f", "Наталья", "Natalia", "Natalya"), List.of("f", "Елена", "Elena", "Yelena"),
            List.of("f", "Татьяна", "Tatiana", "Tatyana"), List.of("f", "Ирина", "Irina"),
            List.of("f", "Светлана", "Svetlana"), List.of("f", "Анастасия", "Anastasia", "Anastasiya"),
            List.of("f", "Юлия", "Yulia", "Yuliya", "Iuliia"), List.of("f", "Зарина", "Zarina"),
            List.of("f", "Айгуль", "Aigul", "Aygul"));
    /** Family names whose female form adds "a" (Иванов, Иванова). */
    static final List<List<String>> SLAVIC_FAMILY = List.of(
            List.of("Иванов", "Ivanov"), List.of("Алиев", "Aliev", "Aliyev"), List.of("Каримов", "Karimov"),
            List.of("Назаров", "Nazarov"), List.of("Юсупов", "Yusupov", "Iusupov"), List.of("Кузнецов", "Kuznetsov"),
            List.of("Рахимов", "Rakhimov", "Rahimov"), List.of("Смирнов", "Smirnov"), List.of("Попов", "Popov"),
            List.of("Волков", "Volkov"), List.of("Морозов", "Morozov"), List.of("Соколов", "Sokolov"),
            List.of("Лебедев", "Lebedev"), List.of("Петренко", "Petrenko"), List.of("Сидоренко", "Sidorenko", "Sydorenko"),
            List.of("Шевченко", "Shevchenko"), List.of("Бондаренко", "Bondarenko"), List.of("Ткаченко", "Tkachenko"),
            List.of("Ковальчук", "Kovalchuk"), List.of("Мельник", "Melnyk", "Melnik"));
    static final List<List<String>> LATIN_GIVEN = List.of(
            List.of("f", "María", "Maria"), List.of("m", "José", "Jose"), List.of("f", "Ana"), List.of("m", "Luis"),
            List.of("f", "Marie"), List.of("m", "Jean"), List.of("f", "Rosa"), List.of("m", "Carlos"),
            List.of("f", "Grace"), List.of("m", "Samuel"), List.of("m", "Juan"), List.of("f", "Carmen"),
            List.of("m", "Pedro"), List.of("f", "Lucía", "Lucia"), List.of("m", "Jorge"), List.of("f", "Sofía", "Sofia"),
            List.of("m", "Daniel"), List.of("f", "Esther"), List.of("m", "Emmanuel"), List.of("f", "Hélène", "Helene"),
            List.of("m", "Joseph"), List.of("f", "Mercy"), List.of("m", "Kwame"), List.of("f", "Chloé", "Chloe"));
    static final List<List<String>> LATIN_FAMILY = List.of(
            List.of("García", "Garcia"), List.of("Rodríguez", "Rodriguez"), List.of("Martínez", "Martinez"),
            List.of("Joseph"), List.of("Pierre"), List.of("López", "Lopez"), List.of("Hernández", "Hernandez"),
            List.of("Baptiste"), List.of("Mensah"), List.of("Okafor"), List.of("González", "Gonzalez"),
            List.of("Pérez", "Perez"), List.of("Sánchez", "Sanchez"), List.of("Ramírez", "Ramirez"), List.of("Torres"),
            List.of("Flores"), List.of("Rivera"), List.of("Gómez", "Gomez"), List.of("Díaz", "Diaz"), List.of("Cruz"),
            List.of("Jean-Baptiste", "Jean Baptiste"), List.of("Dubois"), List.of("Charles"), List.of("Mwangi"),
            List.of("Otieno"), List.of("Nguyen"), List.of("Silva"), List.of("Asante"), List.of("Boateng"));
    /** Syllables for the long tail of rarer family names (rendered in Latin and, for Slavic people, Cyrillic). */
    static final List<String> SYLLABLES = List.of("ka", "mo", "ri", "ben", "sa", "lu", "to", "na", "vi", "de", "ko",
            "ra", "mi", "ta", "go", "le", "pa", "su", "dan", "bor", "zi", "fa", "nu", "ro", "tem", "shi", "ya", "li",
            "ba", "dor", "ve", "ma");

    private NameTables() {
    }
}
