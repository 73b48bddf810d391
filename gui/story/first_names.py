"""Common given names that tell a person's gender, for resolving "he" and "she" to the right person.

A short list written by hand from common English-language given names (and the given names
that recur in news about public life). A name on neither list, or used for both sexes
(Jordan, Taylor, Leslie, ...), tells nothing: the pronoun then goes to the nearest person as before.
"""

from __future__ import annotations

_MALE_NAMES = """
    aaron abe abraham adam adrian al alan albert alec alex alexander alfred allen alvin andrew andy angus anthony
    antonio archie arnold arthur barack barney barry ben benjamin bennie bernard bernie bert bill billy bob bobby
    boris brad bradley brandon brendan brent brett brian bruce bryan buck bud byron calvin carl carlos cecil chad
    charles charlie chester chris christopher chuck clarence claude clay clayton clifford clint cody colin
    conrad corey cory craig curt curtis dale dan daniel danny darrell darren dave david dean dennis derek dick
    dominic don donald doug douglas duncan dustin dwight earl ed eddie edgar edward edwin elijah elliot elliott
    emmanuel eric erik ernest eugene evan frank franklin fred freddie frederick gabriel gary gene geoffrey george
    gerald glen glenn gordon graham grant greg gregory harold harry harvey hector henry herbert herman howard hugh
    hugo ian isaac jack jacob jake james jared jason jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel
    john johnny jon jonathan joseph josh joshua juan julian justin karl keith ken kenneth kevin kirk kurt kyle lance
    larry lawrence leo leon leonard lewis lloyd louis luis luke lyndon malcolm marco marcus mario
    mark marshall martin marvin matt matthew maurice max michael miguel mike mitch mitchell mitt mohammed muhammad
    nathan nathaniel neil newt nicholas nick nigel noah norman oliver omar orrin oscar owen patrick paul pete peter
    phil philip phillip ralph randall randy ray raymond reince reggie rex richard rick ricky rob robert roberto
    rod rodney roger roland ron ronald ronnie ross roy rudolph rudy rupert russ russell ryan sam samuel scott sean
    sergei seth sherrod shane sidney simon stan stanley stephen steve steven stuart ted theodore thomas tim
    timothy todd tom tommy tony travis trey troy tyler vernon victor vince vincent vladimir wade walter warren wayne
    wesley will william willie xi yuri zach zachary mick mickey jeh rahm reince chuck newt rand dick
"""

_FEMALE_NAMES = """
    abigail ada adele adrienne agnes alexandra alice alicia alison allison amanda amber amelia amy ana andrea angela
    angelina ann anna anne annette annie april arlene ashley audrey barbara beatrice becky belinda betsy betty beverly
    bonnie brenda bridget brittany camille candace cara carla carly carmen carol caroline carolyn catherine cathy
    cecilia charlotte cheryl chelsea christina christine cindy claire clara claudia colleen connie cynthia daisy
     daniela danielle darlene dawn debbie deborah debra denise diana diane dolores donna doris dorothy edith
    eileen elaine eleanor elena elise elizabeth ella ellen elsie emily emma erica erin esther ethel eva evelyn
    felicia florence frances gabrielle gail georgia geraldine gina gladys gloria grace gwen hannah harriet heather
    heidi helen hillary hilary holly hope ilyse ingrid irene iris isabel ivanka jacqueline jane janet janice
    jeanne jennifer jenny jessica jill jillian joan joanna joanne jodi josephine joy joyce judith judy julia julie
    june karen kate katherine kathleen kathryn kathy katie kay kayla kellyanne kimberly kirsten kristen
    kristin laura lauren leah lena linda lisa lois loretta lori lorraine louise lucy madeleine madeline
    margaret maria marianne marie marilyn marion marjorie martha mary maureen megan meghan melania melanie melissa
    meredith michele michelle mildred miriam molly monica nancy naomi natalie nicole nikki nina nora norma olivia
    paige pamela patricia patty paula pauline peggy penny phyllis priscilla rachel rebecca regina renee rita
    roberta rosa rose rosemary ruth sally samantha sandra sara sarah sharon sheila shirley sonia sophia stacy
    stephanie sue susan suzanne sylvia tammy tanya teresa theresa tiffany tina tracy ursula valerie vanessa vera
    veronica victoria virginia wanda wendy yvonne zoe huma hope kristan debbie amy elizabeth
"""
MALE = frozenset(_MALE_NAMES.split())
FEMALE = frozenset(_FEMALE_NAMES.split())


def gender_of(first_name: str) -> str:
    """ "m", "f", or "" when the given name does not tell."""
    lowered = first_name.lower()
    if lowered in MALE:
        return "m"
    if lowered in FEMALE:
        return "f"
    return ""
